import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { NOTICE_CHANGED, NOTICE_PUBLISHED, type NoticeChanged, type NoticePublished } from './notice.events.js';
import { NoticeService } from './notice.service.js';
import { NoticeChange, NoticePublishedArgs, NoticesArgs, NoticeView, PublishNoticeInput } from './notice.types.js';

type NoticeEvent = NoticePublished;

@Resolver(() => NoticeView)
export class NoticeResolver {
  @Authorized()
  @Query(() => [NoticeView], { description: 'Current notices, newest first' })
  notices(@Args() args: NoticesArgs, @Ctx() ctx: Context): Promise<NoticeView[]> {
    return NoticeService.list(ctx, args);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [NoticeView], { description: "The signed-in resident's building's notices" })
  myNotices(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<NoticeView[]> {
    return NoticeService.mine(ctx, Math.min(Math.max(first, 1), 100));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => NoticeView)
  publishNotice(@Arg('input') input: PublishNoticeInput, @Ctx() ctx: Context): Promise<NoticeView> {
    return NoticeService.publish(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => NoticeView, { description: 'Corrects a notice; the boards that show it follow at once' })
  updateNotice(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PublishNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<NoticeView> {
    return NoticeService.update(ctx, checkId(id, 'Notice'), input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  deleteNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return NoticeService.remove(ctx, checkId(id, 'Notice'));
  }

  @Authorized()
  @Subscription(() => NoticeView, {
    topics: NOTICE_PUBLISHED,
    filter: ({ payload, args, context }: { payload: NoticeEvent; args: NoticePublishedArgs; context: Context }) =>
      payload.communityId === context.principal.communityId &&
      (!args.buildingId || payload.buildingIds.includes(args.buildingId)),
  })
  noticePublished(
    @Root() event: NoticeEvent,
    @Args() _args: NoticePublishedArgs,
    @Ctx() ctx: Context,
  ): Promise<NoticeView> {
    return NoticeService.forEvent(ctx, event);
  }

  @Authorized()
  @Subscription(() => NoticeChange, {
    topics: NOTICE_CHANGED,
    description: 'A notice was corrected or deleted (expiry sends nothing: boards drop a notice at its expiresAt)',
    filter: ({ payload, args, context }: { payload: NoticeChanged; args: NoticePublishedArgs; context: Context }) =>
      payload.communityId === context.principal.communityId &&
      (!args.buildingId || payload.buildingIds.includes(args.buildingId)),
  })
  noticeChanged(
    @Root() event: NoticeChanged,
    @Args() args: NoticePublishedArgs,
    @Ctx() ctx: Context,
  ): Promise<NoticeChange> {
    return NoticeService.forChange(ctx, event, args.buildingId);
  }
}
