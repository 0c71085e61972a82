/**
 * Form fields several pages share: the disposition, reason and source of a suppression filter (the list's
 * search and the restore form filter the same columns).
 * @module
 */

export const DISPOSITIONS = ['hard', 'soft', 'complaint', 'block', 'manual'] as const

export function FilterFields(props: { disposition?: string; reason?: string; source?: string }) {
  return (
    <>
      <label>
        Disposition
        <select name="disposition">
          <option value="">any</option>
          {DISPOSITIONS.map((d) => (
            <option value={d} selected={props.disposition === d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reason
        <input name="reason" value={props.reason ?? ''} size={12} maxlength={50} />
      </label>
      <label>
        Source
        <input name="source" value={props.source ?? ''} size={10} maxlength={50} />
      </label>
    </>
  )
}
