import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { apiTestingProviders, storeSignedIn } from '../../../testing/providers';
import { AuthService } from '../auth/auth.service';
import { UsuarioAnswerDto, UsuarioDto } from './usuarios.dto';
import { UsuariosStore } from './usuarios.store';

const HASH = '$2b$10$abcdefghijklmnopqrstuv0123456789ABCDEFGHIJKLMNOPQRSTU';

function found(id: number, name: string): UsuarioAnswerDto<UsuarioDto> {
  const audit = {
    estado: true,
    id_user_create: null,
    id_user_update: null,
    created_at: '2026-10-01T00:00:00.000Z',
    updated_at: '2026-10-01T00:00:00.000Z',
  };
  return {
    status: 200,
    message: 'Usuario encontrado!',
    data: {
      ...audit,
      id,
      name,
      email: 'ana@kantuta.bo',
      password: HASH,
      persona: { ...audit, id: 9, nombres: 'Ana', p_apellido: 'Choque' },
      role: { id: 2, nombre: 'Operador' },
    },
  };
}
const NOT_FOUND = { status: 200, message: 'Usuario encontrado!', data: null };
/** The store starts its requests in a microtask. */
const microtasks = () => Promise.resolve();

describe('UsuariosStore', () => {
  let ctrl: HttpTestingController;
  let store: UsuariosStore;

  beforeEach(() => {
    storeSignedIn('supervisor', 1, 'Sergio Mamani');
    TestBed.configureTestingModule({ providers: [...apiTestingProviders()] });
    ctrl = TestBed.inject(HttpTestingController);
    store = TestBed.inject(UsuariosStore);
    jasmine.clock().install();
  });

  afterEach(() => {
    jasmine.clock().uninstall();
    ctrl.verify();
    localStorage.clear();
  });

  it('asks once per id, even with parallel callers, and keeps only the name', async () => {
    const a = store.nameOf(4);
    expect(a()).toBe('…');
    expect(store.label(4)).toBe('…');
    store.request([4, 4, 5]);
    await microtasks();
    expect(store.label(4)).toBe('…');
    ctrl.expectOne('/api/usuario/4').flush(found(4, 'Ana Choque'));
    ctrl.expectOne('/api/usuario/5').flush(found(5, 'Luis Condori'));

    expect(a()).toBe('Ana Choque');
    store.request([4, 5]);
    expect(store.label(5)).toBe('Luis Condori');
    await microtasks();
    ctrl.expectNone('/api/usuario/4');
    expect([...store.names()]).toEqual([
      [1, 'Sergio Mamani'],
      [4, 'Ana Choque'],
      [5, 'Luis Condori'],
    ]);
    expect(JSON.stringify([...store.names()])).not.toContain('$2b$');
  });

  it('whenAnswered: resolves once every id asked has its answer, a name or `Usuario N`', async () => {
    let done = false;
    void store.whenAnswered([1, 4, 77]).then(() => (done = true));
    await microtasks();
    ctrl.expectNone('/api/usuario/1'); // known from the sign-in
    ctrl.expectOne('/api/usuario/4').flush(found(4, 'Ana Choque'));
    await microtasks();
    expect(done).toBeFalse(); // 77 still on its way
    ctrl.expectOne('/api/usuario/77').flush(null, { status: 500, statusText: 'Error' });
    await microtasks();
    expect(done).toBeTrue();
    expect(store.label(4)).toBe('Ana Choque');
    expect(store.label(77)).toBe('Usuario 77');
    // All known: at once, nothing asked.
    let again = false;
    void store.whenAnswered([1, 4]).then(() => (again = true));
    await microtasks();
    await microtasks();
    expect(again).toBeTrue();
  });

  it('whenAnswered: gives up after its time limit, the pending name still pending', async () => {
    let done = false;
    void store.whenAnswered([8], 2_000).then(() => (done = true));
    await microtasks();
    const req = ctrl.expectOne('/api/usuario/8');
    jasmine.clock().tick(1_999);
    await microtasks();
    expect(done).toBeFalse();
    jasmine.clock().tick(1);
    await microtasks();
    expect(done).toBeTrue();
    expect(store.label(8)).toBe('…');
    req.flush(found(8, 'Eva Mita'));
  });

  it('whenAnswered: asks again for an id whose lookup failed, and a sign-out releases it', async () => {
    store.label(6);
    await microtasks();
    ctrl.expectOne('/api/usuario/6').flush(null, { status: 500, statusText: 'Error' });
    expect(store.label(6)).toBe('Usuario 6');
    let done = false;
    void store.whenAnswered([6]).then(() => (done = true));
    await microtasks();
    const again = ctrl.expectOne('/api/usuario/6'); // within the 30 s retry wait: at once
    await microtasks();
    expect(done).toBeFalse();
    TestBed.inject(AuthService).logout();
    await microtasks();
    expect(done).toBeTrue(); // released, without waiting for the time limit
    expect(again.cancelled).toBeTrue();
  });

  it('names the signed-in user from the sign-in, without asking', async () => {
    expect(store.label(1)).toBe('Sergio Mamani');
    await microtasks();
    ctrl.expectNone('/api/usuario/1');
  });

  it('shows `Usuario N` for an id the service does not know, and does not ask again', async () => {
    store.label(77);
    await microtasks();
    ctrl.expectOne('/api/usuario/77').flush(NOT_FOUND);
    expect(store.label(77)).toBe('Usuario 77');
    jasmine.clock().tick(60_000);
    await microtasks();
    ctrl.expectNone('/api/usuario/77');
    expect(store.label(null)).toBe('—');
  });

  it('shows `Usuario N` after an error and asks again later', async () => {
    store.label(6);
    await microtasks();
    ctrl.expectOne('/api/usuario/6').flush(null, { status: 500, statusText: 'Error' });
    expect(store.label(6)).toBe('Usuario 6');
    jasmine.clock().tick(29_000);
    await microtasks();
    expect(store.label(6)).toBe('Usuario 6');
    ctrl.expectNone('/api/usuario/6');
    jasmine.clock().tick(1_000);
    expect(store.label(6)).toBe('…');
    await microtasks();
    ctrl.expectOne('/api/usuario/6').flush(found(6, 'Rosa Vargas'));
    expect(store.label(6)).toBe('Rosa Vargas');
  });

  it('forgets every name on sign-out, and asks again for the next user', async () => {
    store.label(4);
    await microtasks();
    ctrl.expectOne('/api/usuario/4').flush(found(4, 'Ana Choque'));
    const auth = TestBed.inject(AuthService);
    auth.logout();
    expect(store.names().size).toBe(0);

    auth.login('cajero@kantuta.bo', 'x').subscribe();
    ctrl.expectOne('/api/auth/login').flush({
      access_token: 'h.eyJzdWIiOjMsInJvbGVOYW1lIjoiT3BlcmFkb3IifQ.s',
      refresh_token: 'r',
      user: found(3, 'Carla Quispe').data,
    });
    expect(store.label(3)).toBe('Carla Quispe');
    expect(store.label(4)).toBe('…');
    await microtasks();
    ctrl.expectOne('/api/usuario/4').flush(found(4, 'Ana Choque'));
    expect(store.label(4)).toBe('Ana Choque');
  });

  it('drops an answer that arrives after sign-out', async () => {
    store.label(4);
    await microtasks();
    const req = ctrl.expectOne('/api/usuario/4');
    TestBed.inject(AuthService).logout();
    expect(req.cancelled).toBeTrue();
    expect(store.names().size).toBe(0);
  });
});
