import { css } from 'lit';

export const styles = css`
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--spbe-agreement-badge-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .cards {
    display: flex;
    flex-direction: column;
    gap: var(--spbe-agreement-badge-gap, var(--_space));
  }
  .stale {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
`;
