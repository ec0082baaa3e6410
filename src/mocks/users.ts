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

export const SUPERVISOR: MockUser = {
  id: 1,
  name: 'Sergio Mamani',
  email: 'supervisor@kantuta.bo',
  password: 'supervisor123',
  passwordHash: '$2b$10$S3VwZXJ2aXNvckhhc2hGb3JUZXN0cy5Ob3RSZWFsLllZWVlZWVlZWVla',
  role: { id: 1, nombre: 'Administrador', descripcion: 'Administrador con todos los permisos' },
  roleLabel: 'Supervisor (Administrador)',
  persona: {
    id: 1,
    nombres: 'Sergio',
    p_apellido: 'Mamani',
    s_apellido: 'Choque',
    fecha_nacimiento: '1985-03-14',
    genero: 'M',
  },
};

export const CAJERO: MockUser = {
  id: 3,
  name: 'Carla Quispe',
  email: 'cajero@kantuta.bo',
  password: 'cajero123',
  passwordHash: '$2b$10$Q2FqZXJvSGFzaEZvclRlc3RzLk5vdFJlYWwuWlpaWlpaWlpaWlpaWlpa',
  role: { id: 2, nombre: 'Operador', descripcion: 'Operador con permisos de puntuación' },
  roleLabel: 'Cajero (Operador)',
  persona: {
    id: 2,
    nombres: 'Carla',
    p_apellido: 'Quispe',
    s_apellido: 'Flores',
    fecha_nacimiento: '1998-07-21',
    genero: 'F',
  },
};

export const USERS: readonly MockUser[] = [CAJERO, SUPERVISOR];

export function findUser(id: number): MockUser | undefined {
  return USERS.find((u) => u.id === id);
}
