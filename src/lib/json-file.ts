/** A JSON file the build writes (an Astro endpoint's response): the search page and /delen/ fetch these. */
export const jsonFile = (data: unknown) => new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
