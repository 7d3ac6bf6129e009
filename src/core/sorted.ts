/**
 * The one binary search: the first index of `list` whose item is not `before` the sought place, or
 * `list.length` when every item is. `before` must hold for a run of items at the start of the list and for
 * none after it, as "item < value" does on a list sorted in ascending order.
 */
export function lowerBound<T>(list: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
