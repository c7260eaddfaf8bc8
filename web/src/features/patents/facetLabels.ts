/** "H 电学" from value `H` and label `电学`; a label that already starts with its code is kept as is. */
export function codeLabel(value: string, label: string | null | undefined): string {
  if (!label || label === value) return value;
  return label.startsWith(value) ? label : `${value} ${label}`;
}
