import { describe, expect, it } from 'vitest';
import { getDebrief, saveDebrief } from '../../../lib/db/debriefs';
import { addPartner, deletePartner, listPartners, restorePartner } from '../../../lib/db/partners';
import { createTestDb } from './test-db';

describe('partners', () => {
  it('adds, sorts by name, deletes with undo', async () => {
    const db = createTestDb();
    const steuer = await addPartner(db, ' Steuerkanzlei Huber ', 'Mittelstand, Gründer');
    await addPartner(db, 'IT Weber', 'Handwerksbetriebe');
    expect((await listPartners(db)).map((p) => p.name)).toEqual(['IT Weber', 'Steuerkanzlei Huber']);
    const deleted = await deletePartner(db, steuer.id);
    expect(await listPartners(db)).toHaveLength(1);
    await restorePartner(db, deleted!);
    expect((await listPartners(db)).find((p) => p.id === steuer.id)?.lookingFor).toBe('Mittelstand, Gründer');
  });

  it('rejects a nameless partner', async () => {
    await expect(addPartner(createTestDb(), '', 'x')).rejects.toThrow();
  });
});

describe('debriefs', () => {
  it('keeps one debrief per event, updating it', async () => {
    const db = createTestDb();
    const first = await saveDebrief(db, 'e1', { learned: 'Lechner expands to Graz', rating: 4 });
    const second = await saveDebrief(db, 'e1', { learned: 'Lechner expands to Graz and Linz' });
    expect(second.id).toBe(first.id);
    expect(await getDebrief(db, 'e1')).toMatchObject({ learned: 'Lechner expands to Graz and Linz', rating: 4 });
    expect(await db.debriefs.count()).toBe(1);
  });
});
