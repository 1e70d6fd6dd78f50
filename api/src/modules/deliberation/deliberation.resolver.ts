import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { SuggestionSource } from './deliberation.entity.js';
import { DeliberationService } from './deliberation.service.js';
import { PartiesService } from './parties.service.js';
import {
  AnswerMatterInput,
  BoardArgs,
  BoardMatterView,
  ClassifyMatterInput,
  CompleteMatterInput,
  DecideMatterInput,
  DeliberationSettingsInput,
  DeliberationSettingsView,
  EnterSuggestionInput,
  MatterFileView,
  MatterNoteInput,
  MatterStaffOptionView,
  MattersArgs,
  MatterView,
  MergeMattersInput,
  MoveDeadlineInput,
  MySuggestionView,
  PartyInput,
  PartyView,
  ReassignMatterInput,
  RoundStatView,
  RoundView,
  SubmitSuggestionInput,
} from './deliberation.types.js';

const ROUND = /^\d{4}-(0[1-9]|1[0-2])$/;

@Resolver()
export class DeliberationResolver {
  // ---- residents, at the kiosk ----

  @Authorized(Role.RESIDENT)
  @Mutation(() => MySuggestionView, {
    description: 'A suggestion from the signed-in resident; answers its reference number',
  })
  submitSuggestion(@Arg('input') input: SubmitSuggestionInput, @Ctx() ctx: Context): Promise<MySuggestionView> {
    return DeliberationService.submit(ctx, ctx.principal.resident!.id, input, SuggestionSource.KIOSK, null);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [MySuggestionView], {
    description: "The signed-in resident's suggestions, newest first, marked when changed",
  })
  mySuggestions(@Ctx() ctx: Context): Promise<MySuggestionView[]> {
    return DeliberationService.mySuggestions(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => Boolean, { description: 'The resident has looked at their suggestions' })
  markSuggestionsSeen(@Ctx() ctx: Context): Promise<boolean> {
    return DeliberationService.markSeen(ctx);
  }

  @Authorized([Role.KIOSK, Role.STAFF])
  @Query(() => [BoardMatterView], { description: 'The public board: matters by status, latest progress, the answer' })
  suggestionBoard(@Args() args: BoardArgs, @Ctx() ctx: Context): Promise<BoardMatterView[]> {
    return DeliberationService.board(ctx, args);
  }

  // ---- the console ----

  @Authorized(Role.STAFF)
  @Mutation(() => MySuggestionView, {
    description: 'A suggestion entered for a resident (paper, building leader, grid worker)',
  })
  enterSuggestion(@Arg('input') input: EnterSuggestionInput, @Ctx() ctx: Context): Promise<MySuggestionView> {
    return DeliberationService.enter(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => RoundView, { description: 'An intake round (the current one by default): cut-off, meeting day' })
  deliberationRound(
    @Arg('round', () => String, { nullable: true }) round: string | null,
    @Ctx() ctx: Context,
  ): Promise<RoundView> {
    return DeliberationService.round(ctx, round && ROUND.test(round) ? round : null);
  }

  @Authorized(Role.STAFF)
  @Query(() => [MatterView], { description: 'Matters, filtered; new ones first, then by due day' })
  matters(@Args() args: MattersArgs, @Ctx() ctx: Context): Promise<MatterView[]> {
    return DeliberationService.matters(ctx, args);
  }

  @Authorized(Role.STAFF)
  @Query(() => MatterFileView, { description: "A matter's file: the matter, its suggestions, every step" })
  matter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.file(ctx, checkId(id, 'Matter'));
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'Classify a matter; its clock starts' })
  classifyMatter(@Arg('input') input: ClassifyMatterInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.classify(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView)
  reassignMatter(@Arg('input') input: ReassignMatterInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.reassign(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'Move a deadline, with the reason' })
  moveMatterDeadline(@Arg('input') input: MoveDeadlineInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.moveDeadline(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MatterFileView, { description: 'Progress residents see, or a staff note' })
  addMatterNote(@Arg('input') input: MatterNoteInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.note(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'Adopt a matter, or decide against it, outside a meeting' })
  decideMatter(@Arg('input') input: DecideMatterInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.decide(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'An adopted matter carried out: its suggesters earn their points' })
  completeMatter(@Arg('input') input: CompleteMatterInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.complete(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'Answer the suggesters and close the matter' })
  answerMatter(@Arg('input') input: AnswerMatterInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.answer(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MatterFileView, { description: 'Fold a near-duplicate into another matter' })
  mergeMatters(@Arg('input') input: MergeMattersInput, @Ctx() ctx: Context): Promise<MatterFileView> {
    return DeliberationService.merge(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [RoundStatView], {
    description: 'Per round and class: how many matters were answered inside their window',
  })
  deliberationStats(
    @Arg('round', () => String, { nullable: true }) round: string | null,
    @Ctx() ctx: Context,
  ): Promise<RoundStatView[]> {
    return DeliberationService.stats(ctx, round && ROUND.test(round) ? round : null);
  }

  @Authorized(Role.STAFF)
  @Query(() => [MatterStaffOptionView], { description: 'The active staff members a matter may be given to' })
  deliberationStaff(@Ctx() ctx: Context): Promise<MatterStaffOptionView[]> {
    return DeliberationService.staffOptions(ctx);
  }

  @Authorized(Role.STAFF)
  @Query(() => DeliberationSettingsView)
  deliberationSettings(@Ctx() ctx: Context): Promise<DeliberationSettingsView> {
    return DeliberationService.settings(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeliberationSettingsView)
  saveDeliberationSettings(
    @Arg('input') input: DeliberationSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<DeliberationSettingsView> {
    return DeliberationService.saveSettings(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [PartyView], {
    description: 'Outside parties (property company, police, departments) and their contacts',
  })
  parties(@Ctx() ctx: Context): Promise<PartyView[]> {
    return PartiesService.list(ctx);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => PartyView, { description: 'Add a party, or change one (with the version it was read at)' })
  saveParty(@Arg('input') input: PartyInput, @Ctx() ctx: Context): Promise<PartyView> {
    return PartiesService.save(ctx, input);
  }
}
