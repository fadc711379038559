//! Site tests (feature `html`).
