import { badUserInput, recommendationsError } from '../errors.js';
import { canMoveExperiment } from '../experiments/ExperimentDefinition.js';
import { experimentProblems } from '../experiments/experimentProblems.js';
import type { Resolvers } from '../generated/resolvers.js';
import { requireAdmin } from './requireAdmin.js';

/** The admin A/B fields (§5): create, move, and read an experiment's results. */
export const experimentResolvers: Resolvers = {
  Query: {
    experimentResults: async (_, args, ctx) => {
      requireAdmin(ctx.identity);
      const experiment = await ctx.experiments.get(args.name);
      if (!experiment) throw recommendationsError('NOT_FOUND', `no experiment named ${JSON.stringify(args.name.slice(0, 64))}`);
      return ctx.experiments.results(experiment);
    },
  },
  Mutation: {
    createExperiment: async (_, { input }, ctx) => {
      requireAdmin(ctx.identity);
      const variants = input.variants.map((v) => ({ name: v.name, weight: v.weight, collaborative: v.collaborative, content: v.content, graph: v.graph, context: v.context }));
      const problems = experimentProblems({ name: input.name, allocation: input.allocation, variants });
      if (problems.length > 0) throw badUserInput(problems);
      const created = await ctx.experiments.create({ name: input.name, status: 'DRAFT', allocation: input.allocation, variants });
      if (!created) throw recommendationsError('CONFLICT', `an experiment named ${JSON.stringify(input.name)} exists already`);
      return created;
    },
    setExperimentStatus: async (_, args, ctx) => {
      requireAdmin(ctx.identity);
      const experiment = await ctx.experiments.get(args.name);
      if (!experiment) throw recommendationsError('NOT_FOUND', `no experiment named ${JSON.stringify(args.name.slice(0, 64))}`);
      if (experiment.status === args.status) return experiment;
      if (!canMoveExperiment(experiment.status, args.status)) throw badUserInput([`an experiment cannot move from ${experiment.status} to ${args.status}`]);
      const moved = await ctx.experiments.setStatus(args.name, experiment.status, args.status);
      if (!moved) throw recommendationsError('CONFLICT', 'the experiment changed while this request was applied; try again');
      return moved;
    },
  },
};
