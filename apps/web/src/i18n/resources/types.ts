import type { en } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every locale must fill: the English keys, with any strings as values. */
export type LocaleResources = Strings<typeof en>;
