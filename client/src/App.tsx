import { useEffect, useState } from 'react';

interface Health {
  neo4j: { version: string };
  nodes: Record<string, number>;
}

export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/health')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setHealth, (e: Error) => setError(e.message));
  }, []);
  return (
    <main>
      <h1>Sakskart</h1>
      {error && <p role="alert">Kunne ikke nå API-et: {error}</p>}
      {health && <p>Neo4j {health.neo4j.version}</p>}
    </main>
  );
}
