// Where the elements find the API when nothing says: beside the code.
import { expect } from '@open-wc/testing';
import { apiBeside } from './client.js';

describe('apiBeside', () => {
  it("is what comes before /cdn/: the drop-in's own server, mounted at a path or not", () => {
    expect(apiBeside('https://data.jabarprov.go.id/cdn/spbe@0.1.0/core-qz2K1ORd.js')).to.equal(
      'https://data.jabarprov.go.id/',
    );
    expect(apiBeside('https://jabarprov.go.id/spbe/cdn/spbe.js')).to.equal(
      'https://jabarprov.go.id/spbe/',
    );
    // The last /cdn/: a site that keeps the whole export under its own /cdn/ folder.
    expect(apiBeside('https://static.go.id/cdn/spbe/cdn/spbe@0.1.0/x.js')).to.equal(
      'https://static.go.id/cdn/spbe/',
    );
  });

  it("is the origin's root for code a site bundled itself", () => {
    expect(apiBeside('https://bandung.go.id/assets/app-3f9a1c2b.js')).to.equal(
      'https://bandung.go.id/',
    );
    expect(apiBeside('http://localhost:5173/node_modules/.vite/deps/x.js?v=1')).to.equal(
      'http://localhost:5173/',
    );
  });
});
