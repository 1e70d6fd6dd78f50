import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';

/** The desk view was called the counter view: old bookmarks land on it. */
export function load(): never {
  redirect(308, resolve('/corner/desk'));
}
