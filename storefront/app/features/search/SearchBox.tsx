import { Form, useFetcher, useLocation, useNavigate, useSearchParams } from "@remix-run/react"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import { useLocalizePath } from "~/i18n/use-locale"
import { filtersOf } from "~/lib/catalogue-params"
import type { SuggestionsData } from "./suggestions.server"

/** Wait this long after the last key before asking: a word typed quickly costs one request, not five. */
const DEBOUNCE_MS = 150

type Option = { id: string; label: string; detail?: string; to: string }

/**
 * The header's search box. Without JavaScript it is a plain GET form to /tim-kiem; on a filtered catalogue or
 * search page it carries the page's filters along. With it, it is a combobox
 * (ARIA 1.2 "list" autocomplete): suggestions appear as the shopper types (debounced; a new request replaces
 * the one in flight, as a Remix fetcher does), ↓/↑ move through them, Enter opens the one chosen (or searches
 * the text when none is), Escape closes the list, then clears the box.
 */
export function SearchBox() {
  const { t } = useTranslation()
  const localize = useLocalizePath()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  // Searching from a filtered list keeps its filters (4 ★, a group, a district…).
  const kept = /^(\/en)?\/(san-pham|tim-kiem)\/?$/.test(pathname) ? filtersOf(params) : []
  const fetcher = useFetcher<SuggestionsData>()
  const listId = useId()
  const [text, setText] = useState(params.get("q") ?? "")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  useEffect(() => () => clearTimeout(timer.current), [])

  const shown = fetcher.data && fetcher.data.q === text.trim() ? fetcher.data : undefined
  const options: Option[] = shown
    ? [
        ...shown.products.map((product) => ({
          id: `${listId}-p-${product.handle}`,
          label: product.title,
          detail: product.producer ?? undefined,
          to: localize(`/san-pham/${product.handle}`),
        })),
        ...shown.groups.map((group) => ({
          id: `${listId}-g-${group.code}`,
          label: t("search.inGroup", { q: shown.q, name: group.name }),
          detail: t("search.groupCount", { count: group.count }),
          to: localize(`/tim-kiem?q=${encodeURIComponent(shown.q)}&group=${group.code}`),
        })),
      ]
    : []
  const expanded = open && options.length > 0

  function typed(value: string) {
    setText(value)
    setActive(-1)
    setOpen(true)
    clearTimeout(timer.current)
    const q = value.trim()
    if (q.length < 2) return
    timer.current = setTimeout(() => fetcher.load(`${localize("/tim-kiem/goi-y")}?q=${encodeURIComponent(q)}`), DEBOUNCE_MS)
  }

  function choose(option: Option) {
    setOpen(false)
    navigate(option.to)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === "ArrowDown" ? 1 : -1
      // Past the last suggestion (or above the first) the focus returns to what was typed, as -1.
      setActive((current) => {
        const next = current + step
        if (next < -1) return options.length - 1
        return next >= options.length ? -1 : next
      })
    } else if (event.key === "Enter" && expanded && active >= 0 && active < options.length) {
      event.preventDefault()
      choose(options[active])
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (text) {
        event.preventDefault()
        setText("")
      }
    }
  }

  return (
    <Form
      method="get"
      action={localize("/tim-kiem")}
      role="search"
      onSubmit={() => setOpen(false)}
      className="relative order-last flex w-full items-center sm:order-none sm:ml-auto sm:w-auto sm:flex-1 sm:max-w-sm"
    >
      <label htmlFor="site-search" className="sr-only">
        {t("header.searchLabel")}
      </label>
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <input
        id="site-search"
        type="search"
        name="q"
        value={text}
        onChange={(event) => typed(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < options.length ? options[active].id : undefined}
        placeholder={t("header.searchPlaceholder")}
        className="h-10 min-w-0 flex-1 rounded-l-lg border-0 bg-white px-3 text-stone-900 placeholder:text-stone-500"
      />
      <button type="submit" className="h-10 rounded-r-lg bg-star px-4 font-semibold text-stone-900 hover:bg-yellow-300">
        {t("header.searchButton")}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.suggestions")}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-40 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white text-stone-900 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={option.id}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault()
              choose(option)
            }}
            className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1.5 text-sm ${index === active ? "bg-ocop-800 text-white" : "hover:bg-stone-100"}`}
          >
            <span className="font-semibold">{option.label}</span>
            {option.detail && <span className={index === active ? "text-xs text-white/80" : "text-xs text-stone-600"}>{option.detail}</span>}
          </li>
        ))}
      </ul>
    </Form>
  )
}
