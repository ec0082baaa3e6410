/** The demo accounts of ui-contract.md. Users never change, so they live outside the stored state. */
export interface MockUser {
  id: number;
  name: string;
  email: string;
  password: string;
  /** What the service leaks in the login answer: a bcrypt-looking hash (fake). */
  passwordHash: string;
  role: { id: number; nombre: 'Administrador' | 'Operador'; descripcion: string };
  roleLabel: string;
  persona: {
    id: number;
    nombres: string;
    p_apellido: string;
    s_apellido: string;
    fecha_nacimiento: string;
    genero: 'M' | 'F';
  };
}

/** The service's two roles, and what the login page calls each. */
const ROLES = {
  supervisor: {
    label: 'Supervisor',
    role: { id: 1, nombre: 'Administrador', descripcion: 'Administrador con todos los permisos' },
  },
  cajero: {
    label: 'Cajero',
    role: { id: 2, nombre: 'Operador', descripcion: 'Operador con permisos de puntuación' },
  },
} as const;

/**
 * The demo account of a role: `<role>@kantuta.bo`, password `<role>123`. `persona.nombre` is
 * "first name, first surname, second surname"; the user goes by the first two.
 */
function demoUser(
  login: keyof typeof ROLES,
  u: {
    id: number;
    persona: { id: number; nombre: string; nacimiento: string; genero: 'M' | 'F' };
    passwordHash: string;
  },
): MockUser {
  const { label, role } = ROLES[login];
  const [nombres, p_apellido, s_apellido] = u.persona.nombre.split(' ');
  return {
    id: u.id,
    name: `${nombres} ${p_apellido}`,
    email: `${login}@kantuta.bo`,
    password: `${login}123`,
    passwordHash: u.passwordHash,
    role: { ...role },
    roleLabel: `${label} (${role.nombre})`,
    persona: {
      id: u.persona.id,
      nombres,
      p_apellido,
      s_apellido,
      fecha_nacimiento: u.persona.nacimiento,
      genero: u.persona.genero,
    },
  };
}

export const SUPERVISOR = demoUser('supervisor', {
  id: 1,
  persona: { id: 1, nombre: 'Sergio Mamani Choque', nacimiento: '1985-03-14', genero: 'M' },
  passwordHash: '$2b$10$S3VwZXJ2aXNvckhhc2hGb3JUZXN0cy5Ob3RSZWFsLllZWVlZWVlZWVla',
});

export const CAJERO = demoUser('cajero', {
  id: 3,
  persona: { id: 2, nombre: 'Carla Quispe Flores', nacimiento: '1998-07-21', genero: 'F' },
  passwordHash: '$2b$10$Q2FqZXJvSGFzaEZvclRlc3RzLk5vdFJlYWwuWlpaWlpaWlpaWlpaWlpa',
});

export const USERS: readonly MockUser[] = [CAJERO, SUPERVISOR];

export function findUser(id: number): MockUser | undefined {
  return USERS.find((u) => u.id === id);
}
