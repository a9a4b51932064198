export const READ_SCHEMA = Symbol('ReadSchema');
