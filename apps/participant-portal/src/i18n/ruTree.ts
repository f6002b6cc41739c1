/**
 * The English tree with every leaf a string, where each plural "_other" key also has Russian's
 * "_few" and "_many" forms (1 продажа, 2 продажи, 5 продаж).
 */
export type RuTree<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? K | `${Base}_few` | `${Base}_many` : K]: T[K] extends string ? string : RuTree<T[K]>;
};
