import { Empty, Spin } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';

export interface Column<T> {
  key: string;
  title: ReactNode;
  render(row: T): ReactNode;
  align?: 'left' | 'right' | 'center';
  width?: CSSProperties['width'];
}

/**
 * A plain, semantic HTML table in Ant Design's look. antd's Table brings sorting, filtering, selection and
 * virtualisation code (about 50 KiB compressed) that these read-only lists do not use.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  emptyText,
  loading = false,
}: {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): Key;
  /** Names the table for assistive technology; visually hidden. */
  caption: string;
  emptyText: ReactNode;
  loading?: boolean;
}) {
  return (
    <Spin spinning={loading}>
      <div className="data-table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" style={{ textAlign: c.align ?? 'left', width: c.width }}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={columns.length}>
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Spin>
  );
}
