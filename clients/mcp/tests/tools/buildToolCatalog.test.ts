import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { buildToolCatalog } from '@media-gateway/mcp';
import { OPERATIONS, TINY_SDL, manifestOf, operation } from '../support/tinyGraph.js';

const schema = buildSchema(TINY_SDL, { assumeValidSDL: true });
const validator = new AjvJsonSchemaValidator();

describe('buildToolCatalog', () => {
  it('makes a tool of every query and @tool mutation, and none of untagged mutations or subscriptions', () => {
    const { tools, problems } = buildToolCatalog(manifestOf(Object.values(OPERATIONS)), schema, validator);
    expect(problems).toEqual([]);
    expect(tools.map((tool) => [tool.definition.name, tool.operation.name])).toEqual([
      ['semantic_search', 'SemanticSearch'],
      ['genres', 'Genres'],
      ['list_devices', 'Devices'],
      ['rename_device', 'RenameDevice'],
      ['whoami', 'Viewer'],
      ['sync_watchlist', 'Library'],
    ]);
    expect(tools.find((tool) => tool.definition.name === 'genres')!.access).toEqual({ authenticated: false, scopes: [] });
    expect(tools.find((tool) => tool.definition.name === 'list_devices')!.access).toEqual({ authenticated: true, scopes: [[['read:devices']]] });
  });

  it('leaves out an operation it cannot map, and one that takes a tool name already used, reporting each', () => {
    const broken = operation('Broken', 'query', '# Uses a type the schema lacks.\nquery Broken($x: Missing) {\n  genres { genre }\n}');
    const twin = operation('SearchAgain', 'query', '# Same tool name.\n# @tool semantic_search\nquery SearchAgain {\n  genres { genre }\n}');
    const { tools, problems } = buildToolCatalog(manifestOf([OPERATIONS.SemanticSearch, broken, twin, OPERATIONS.Genres]), schema, validator);
    expect(tools.map((tool) => tool.definition.name)).toEqual(['semantic_search', 'genres']);
    expect(problems).toEqual([
      'operation Broken: variable $x has a type the supergraph does not define',
      'operation SearchAgain: tool name semantic_search is already taken by another operation',
    ]);
  });

  it('says when a tool needs consent', () => {
    const start = operation('StartPlayback', 'mutation', '# Starts playback.\n# @tool start_playback\n# @consent\nmutation StartPlayback($id: ID!) {\n  renameDevice(id: $id, name: "x") { id }\n}');
    const [tool] = buildToolCatalog(manifestOf([start]), schema, validator).tools;
    expect(tool!.requiresConsent).toBe(true);
    expect(tool!.definition.description).toBe("Starts playback. Requires sign-in. Requires the user's explicit consent: confirm with the user before calling it.");
  });
});
