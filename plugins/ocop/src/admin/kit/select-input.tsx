import { Select } from "@medusajs/ui"

export type Option = { value: string; label: string }

/** Medusa's Select over a list of options: forms, filters and drawers all pick a code this way. */
export function SelectInput({
  id,
  value,
  onChange,
  options,
  placeholder,
  size,
  className,
}: {
  id?: string
  value: string
  onChange: (value: string) => void
  options: Option[]
  placeholder?: string
  size?: "small"
  className?: string
}) {
  return (
    <Select size={size} value={value} onValueChange={onChange}>
      <Select.Trigger id={id} className={className}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
