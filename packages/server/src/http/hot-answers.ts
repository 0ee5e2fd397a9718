/**
 * The hot path: answers that cannot change while the process runs (regions,
 * the catalog, service searches: all but the date-bound agreement statuses),
 * kept under their exact request target once the app has made one, so that
 * the same GET again is answered straight from node:http. It skips the
 * Request, routing and Response objects of the full path, which are most of a
 * small answer's cost; what it sends is what the full path sends (the same
 * negotiation, 304s and headers). Bounded by body bytes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ByteBoundedAnswers } from './answers.js';
import { commonHeaders } from './headers.js';
import type { Answer, Representation } from './representation.js';

/** Where an app made by createApp() keeps its hot answers, for startServer(). */
export const HOT_ANSWERS = Symbol.for('spbe-kit.hot-answers');

/** Body bytes the hot answers may hold (they share the answers' buffers). */
export const HOT_MAX_BYTES = 32 * 1024 * 1024;

export class HotAnswers {
  readonly #store = new ByteBoundedAnswers(HOT_MAX_BYTES);
  /** Requests answered here. */
  hits = 0;

  /** Keeps the answer the app made for `target` (a request's path and query, as sent). */
  remember(target: string, representation: Representation): void {
    this.#store.set(target, representation);
  }

  /**
   * Answers a GET or HEAD whose target the app answered before, and says so;
   * anything else is the app's.
   */
  answer(req: IncomingMessage, res: ServerResponse, requestId: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const representation = this.#store.get(req.url ?? '');
    if (representation === undefined) return false;
    const { status, headers, body } = this.#negotiate(
      representation,
      // node:http joins a repeated header into one string (only Set-Cookie stays a list).
      req.headers['accept-encoding'],
      req.headers['if-none-match'],
    );
    this.hits++;
    // One clone of a template with every header but the request id.
    const sent = { ...headers };
    sent['x-request-id'] = requestId;
    res.writeHead(status, sent);
    // Node sends no body for HEAD, as for the full path.
    res.end(body ?? undefined);
    return true;
  }

  // The answers negotiated before, by representation and request headers:
  // the same few combinations come again and again.
  readonly #answers = new WeakMap<Representation, Map<string, Answer>>();

  #negotiate(
    representation: Representation,
    acceptEncoding: string | undefined,
    ifNoneMatch: string | undefined,
  ): Answer {
    let answers = this.#answers.get(representation);
    if (answers === undefined) {
      answers = new Map();
      this.#answers.set(representation, answers);
    }
    const key = `${acceptEncoding ?? ''}\n${ifNoneMatch ?? ''}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = representation.negotiate(acceptEncoding, ifNoneMatch, commonHeaders(''));
      // Bounded: clients send few distinct header values; a flood of new ones is not kept.
      if (answers.size < 64) answers.set(key, answer);
    }
    return answer;
  }
}
