/**
 * zod can compile parsers with `new Function`, and finds out whether the page
 * allows it by trying once; on a page whose CSP forbids `'unsafe-eval'` (the
 * pages the drop-in is made for) that try is reported as a violation even
 * though zod catches the error. zod/mini 4.6 builds its objects without the
 * compiler, so the try does not happen today (the strict-CSP test shows zero
 * violations); the elements turn the compiler off all the same, ahead of the
 * SDK's schemas, so that a zod update cannot start filling a regency's CSP
 * reports. Here and not in the SDK: apps that import the SDK choose their own
 * CSP, and zod's setting is page-wide (other zod code on the page would lose
 * the compiler too).
 */
import { config } from 'zod/mini';

config({ jitless: true });
