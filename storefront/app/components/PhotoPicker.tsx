import { useState } from "react"
import { PHOTO_TYPES } from "~/lib/photos"
import { FieldError } from "./form"

/**
 * A file picker for photos whose button speaks the page's language: the browser's own button says "Choose Files"
 * in the browser's language, whatever the page's. The input stays in the form and in the tab order (visually
 * hidden, its focus drawn on the button); without JavaScript it still sends the files, only the line saying how
 * many were chosen stays empty.
 */
export function PhotoPicker({
  id,
  name,
  title,
  button,
  chosen,
  hint,
  error,
  multiple = true,
}: {
  id: string
  name: string
  /** What the photos are for, above the button. */
  title: string
  /** The button's words ("Chọn ảnh"). */
  button: string
  /** The line under the button once files are chosen, for how many. */
  chosen: (count: number) => string
  hint?: string
  /** A translation key, as every field's error. */
  error?: string
  multiple?: boolean
}) {
  const [count, setCount] = useState(0)
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, `${id}-chosen`].filter(Boolean).join(" ")
  return (
    <div>
      <p className="block text-sm font-semibold text-stone-800">{title}</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          id={id}
          name={name}
          type="file"
          multiple={multiple}
          accept={PHOTO_TYPES.join(",")}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => setCount(event.currentTarget.files?.length ?? 0)}
          className="peer sr-only"
        />
        <label
          htmlFor={id}
          className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-ocop-800 bg-white px-4 font-semibold text-ocop-800 hover:bg-ocop-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ocop-800"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M4 8h3l2-3h6l2 3h3v11H4z" strokeLinejoin="round" />
            <circle cx="12" cy="13" r="3.5" />
          </svg>
          {button}
        </label>
        <span id={`${id}-chosen`} aria-live="polite" className="text-sm text-stone-800">
          {count > 0 ? chosen(count) : ""}
        </span>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} name={name} error={error} />}
    </div>
  )
}
