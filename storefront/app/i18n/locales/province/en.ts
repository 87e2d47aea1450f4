import type { ProvincePageResources } from "./vi"

/** The province pages' words in English. */
const provincePage: ProvincePageResources = {
  indexTitle: "OCOP products by province",
  indexDescription: "Certified OCOP products of 3 stars or more, by the 34 provinces and cities since July 2025.",
  indexIntro: "Choose a province or city to see its OCOP products, their producers and where to buy them.",
  breadcrumb: "Provinces",
  title: "OCOP products of {{name}}",
  description: "OCOP products of 3 stars or more from {{name}}, the producers who make them and where to buy them.",
  onlyCertified: "Only products with a valid OCOP certificate of 3 stars or more.",
  products_one: "{{count}} OCOP product",
  products_other: "{{count}} OCOP products",
  producers_one: "{{count}} producer",
  producers_other: "{{count}} producers",
  salesPoints_one: "{{count}} sales point",
  salesPoints_other: "{{count}} sales points",
  none: "No OCOP product of {{name}} is on sale here yet.",
  productsHeading: "Products",
  filterInCatalogue: "Filter further in the catalogue",
  producersHeading: "Producers in {{name}}",
  allProducers: "All producers of the province",
  salesPointsHeading: "Sales points in {{name}}",
  allSalesPoints: "All sales points of the province",
  otherProvinces: "Other provinces and cities",
}

export default provincePage
