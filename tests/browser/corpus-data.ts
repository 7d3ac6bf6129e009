import { articlePath, manifestPath, speakerPath, type DataManifest, type PublishedArticle, type SpeakerPage } from '../../src/core/schema.ts';
import type { ArticleId, SpeakerId } from '../../src/core/model.ts';
import { decodeIndex, type DecodedIndex, type WireIndex } from '../../src/core/wire.ts';

/** The published data of a served build, read the way a tool would: from the manifest, decoded by the core. */
export async function fetchIndex(base: string): Promise<DecodedIndex> {
  const manifest = (await (await fetch(`${base}/${manifestPath()}`)).json()) as DataManifest;
  return decodeIndex((await (await fetch(`${base}/${manifest.index}`)).json()) as WireIndex);
}

export async function fetchArticle(base: string, index: DecodedIndex, id: string): Promise<PublishedArticle> {
  return (await (await fetch(`${base}/${articlePath(id as ArticleId, index.articleFile.get(id as ArticleId) ?? '')}`)).json()) as PublishedArticle;
}

export async function fetchSpeaker(base: string, index: DecodedIndex, id: string): Promise<SpeakerPage> {
  return (await (await fetch(`${base}/${speakerPath(id as SpeakerId, index.speakerFile.get(id as SpeakerId) ?? '')}`)).json()) as SpeakerPage;
}
