/** Booth numbers as people read them on a floor plan: A2 before A10, B1 after A10. */
export const byBoothNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number, "vi", { numeric: true })
