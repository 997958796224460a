import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { GetPromptRequestSchema, ListPromptsRequestSchema, McpError, ErrorCode, type GetPromptResult, type Prompt } from '@modelcontextprotocol/sdk/types.js';

interface BridgePrompt {
  definition: Prompt;
  render(args: Record<string, string>): string;
}

/**
 * §11 prompts: conversation starters that tell the model which tools to use in which order. Each names tools the
 * manifest provides (semantic_search, get_content_details, find_similar, check_availability, sync_watchlist, …).
 */
export const PROMPTS: readonly BridgePrompt[] = [
  {
    definition: {
      name: 'discovery_assistant',
      title: 'Find something to watch',
      description: 'Helps the user find something to watch from a description of what they feel like.',
      arguments: [
        { name: 'request', description: 'What the user feels like, in their words (e.g. "a short funny sci-fi film").', required: false },
        { name: 'region', description: 'ISO 3166-1 alpha-2 region for availability (default US).', required: false },
      ],
    },
    render: ({ request, region }) =>
      [
        request ? `I'd like something to watch: ${request}.` : "I'd like something to watch, but I'm not sure what.",
        request ? '' : 'Ask me one or two short questions about my mood, how much time I have and what I enjoy.',
        `Search with the semantic_search tool (region ${region || 'US'}); narrow with its filters (genres, contentTypes, releaseYear, maxRuntimeMinutes, platforms) when I mention them.`,
        'Offer three to five titles, each with one line on why it fits and where it streams (from the availability in the results).',
        'For a title I pick, use get_content_details for more, and check_availability for where it can be watched.',
      ]
        .filter(Boolean)
        .join('\n'),
  },
  {
    definition: {
      name: 'find_similar',
      title: 'More like this',
      description: 'Finds titles similar to one the user names.',
      arguments: [
        { name: 'title', description: 'The title the user liked.', required: true },
        { name: 'region', description: 'ISO 3166-1 alpha-2 region for availability (default US).', required: false },
      ],
    },
    render: ({ title, region }) =>
      [
        `I liked "${title}". Find me similar titles.`,
        `First find its id with semantic_search (query "${title}"), picking the hit whose name matches; if several do, ask me which one.`,
        `Then call find_similar with that id (region ${region || 'US'}) and present the best five with where each streams and the reason it matched.`,
      ].join('\n'),
  },
  {
    definition: {
      name: 'watchlist_suggestions',
      title: 'What to watch next from my list',
      description: "Suggests what to watch next from the signed-in user's watchlist and what they are in the middle of (needs sign-in).",
      arguments: [{ name: 'profile_id', description: 'The profile to look at (default: the first profile of whoami).', required: false }],
    },
    render: ({ profile_id: profileId }) =>
      [
        'Help me decide what to watch next from what I already want to watch.',
        profileId ? `Use profile ${profileId}.` : 'Call whoami to find my profiles and use the first one unless I say otherwise.',
        'Read the watchlist with sync_watchlist (or the user://watchlist resource) and what I started with continue_watching.',
        'Suggest finishing something in progress first when it is nearly done; otherwise pick three watchlist titles that fit tonight, and say where each streams (check_availability).',
      ].join('\n'),
  },
  {
    definition: {
      name: 'recommendation_guide',
      title: 'Personal recommendations',
      description: "Recommends titles from the user's stated mood and context, using their saved preferences when signed in.",
      arguments: [
        { name: 'mood', description: 'How the user feels or what mood they want (e.g. "cosy", "thrilling").', required: false },
        { name: 'context', description: 'Who is watching and when (e.g. "family movie night", "alone, one hour").', required: false },
      ],
    },
    render: ({ mood, context }) =>
      [
        `Recommend something for me${mood ? `; mood: ${mood}` : ''}${context ? `; context: ${context}` : ''}.`,
        'If I am signed in, read my preferences with get_preferences and respect my disliked genres, subscribed platforms and maximum rating.',
        'Use discover_content to browse by genre and rating, and semantic_search for the mood in plain words; avoid titles already on my watchlist (sync_watchlist).',
        'Give five picks with one line each on why, and where they stream; never start playback (initiate_playback) without my explicit go-ahead.',
      ].join('\n'),
  },
];

/** `prompts/list` and `prompts/get` on one server. */
export function registerPromptHandlers(server: Server): void {
  server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: PROMPTS.map((prompt) => prompt.definition) }));
  server.setRequestHandler(GetPromptRequestSchema, (request): GetPromptResult => {
    const prompt = PROMPTS.find((candidate) => candidate.definition.name === request.params.name);
    if (!prompt) throw new McpError(ErrorCode.InvalidParams, `Unknown prompt: ${request.params.name}`);
    const args = request.params.arguments ?? {};
    const missing = (prompt.definition.arguments ?? []).filter((argument) => argument.required && !args[argument.name]?.trim());
    if (missing.length > 0) throw new McpError(ErrorCode.InvalidParams, `Prompt ${prompt.definition.name} needs: ${missing.map((argument) => argument.name).join(', ')}`);
    return {
      description: prompt.definition.description,
      messages: [{ role: 'user', content: { type: 'text', text: prompt.render(args) } }],
    };
  });
}
