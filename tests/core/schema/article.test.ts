import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/publish.ts';
import { problemsOf, PublishedArticleSchema, SpeakerPageSchema, type PublishedArticle, type SpeakerPage } from '../../../src/core/schema.ts';

const built = buildCorpus([
  {
    path: 'a.txt',
    text: 'Leaders meet\n20210616\nhttps://example.org/a\n"The talks were constructive," President Joe Biden said.\n"We will see," Vladimir Putin said.\n',
  },
]);
const article = (): PublishedArticle => structuredClone(built.articles[0]!);
const speakerPage = (): SpeakerPage => structuredClone(built.speakerPages[0]!);

describe('an article file', () => {
  it('as published is valid', () => {
    expect(problemsOf(PublishedArticleSchema, article())).toBeNull();
  });

  it('may name the other members of a group quote and how its speaker was resolved', () => {
    const a = article();
    const speaker = a.quotes[0]!.speaker!;
    a.quotes[0]!.speaker = { ...speaker, joint: [{ id: 'vladimir-putin' as never, name: 'Vladimir Putin' }], how: 'the two leaders → Joe Biden and Vladimir Putin' };
    expect(problemsOf(PublishedArticleSchema, a)).toBeNull();
  });

  it('is refused when a joint speaker has no id, or how is not text', () => {
    const a = article();
    a.quotes[0]!.speaker = { ...a.quotes[0]!.speaker!, joint: [{ name: 'Vladimir Putin' } as never] };
    expect(problemsOf(PublishedArticleSchema, a)).toEqual(['quotes[0].speaker.joint[0].id: missing']);
    const b = article();
    b.quotes[0]!.speaker = { ...b.quotes[0]!.speaker!, how: 3 as never };
    expect(problemsOf(PublishedArticleSchema, b)?.[0]).toMatch(/^quotes\[0\]\.speaker\.how: Invalid type: Expected string but received 3/);
  });

  it('is refused when a speaker mention lies outside the body', () => {
    const a = article();
    a.quotes[1]!.speaker!.mention = { start: 5, end: a.body.length + 1 };
    expect(problemsOf(PublishedArticleSchema, a)).toEqual([`quotes[1] has a span outside the body (${a.body.length} characters)`]);
  });
});

describe('a speaker page', () => {
  it('may mark a quote as joint, and a speaker as a group or a document', () => {
    const p = speakerPage();
    p.quotes[0]!.joint = true;
    p.speaker.kind = 'group';
    expect(problemsOf(SpeakerPageSchema, p)).toBeNull();
    p.speaker.kind = 'document';
    expect(problemsOf(SpeakerPageSchema, p)).toBeNull();
  });

  it('is refused with a kind it does not know, or a joint that is not true or false', () => {
    const p = speakerPage();
    p.speaker.kind = 'crowd' as never;
    p.quotes[0]!.joint = 'yes' as never;
    expect(problemsOf(SpeakerPageSchema, p)).toEqual([
      'speaker.kind: Invalid type: Expected ("person" | "organisation" | "anonymous" | "group" | "document") but received "crowd"',
      'quotes[0].joint: Invalid type: Expected boolean but received "yes"',
    ]);
  });
});
