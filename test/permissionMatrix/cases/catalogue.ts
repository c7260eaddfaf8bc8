/** Write routes of src/features/patents (tags) and src/features/patents/import (uploads). */
import { fromRoleTable, isOperator, isPlatformAdmin, json, type RouteCase, upload } from '../routeCase';
import { API } from '../world';

const CSV = '申请号,专利名称,专利类型\r\n202010000001.1,一种矩阵测试装置,发明\r\n';

export const catalogueCases: RouteCase[] = [
  {
    method: 'PATCH',
    url: `${API}/patents/:id/tags`,
    relations: ['own', 'other'],
    expect: (role, relation) => fromRoleTable('patent.update', role, relation),
    success: 200,
    request: async (w, cell) =>
      json('PATCH', `${API}/patents/${await w.patent(cell.ownerOrganisationId)}/tags`, cell, { trl: 4 }),
  },
  {
    method: 'POST',
    url: `${API}/imports`,
    relations: ['other'],
    // The route asks for scope 'any' for operators and 'own' (rows of the importer's organisation) for
    // everyone else: the role table's `other` and `own` cells respectively.
    expect: (role) =>
      fromRoleTable('catalogue.import', role, isOperator(role) || isPlatformAdmin(role) ? 'other' : 'own'),
    note: 'A patentee organisation may upload; the importer then rejects rows it does not hold.',
    success: 202,
    // The import run is audited by the background job when it finishes; wait for it.
    audited: false,
    settle: async (w, res) => {
      if (res.statusCode !== 202) return;
      const id = (res.json() as { id: number }).id;
      for (let i = 0; i < 400; i++) {
        const r = await w.db.query<{ status: string }>('SELECT status FROM import_runs WHERE id = $1', [id]);
        if (r.rows[0]?.status !== 'running') return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`import run ${id} did not finish`);
    },
    request: async (_w, cell) => upload(`${API}/imports`, cell, 'matrix.csv', CSV),
  },
];
