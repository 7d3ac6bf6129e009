import { articleKeyOf, articlePath, lookupPath, lookupShardOf, manifestPath, type ArticleLookup, speakerPath, type DataManifest, type PublishedArticle, type SpeakerPage } from '../core/schema.ts';
import type { ArticleId, SpeakerId } from '../core/model.ts';
import { decodeIndex, type DecodedIndex, type WireIndex } from '../core/wire.ts';

/** The published data of a served build, read the way a tool would: from the manifest, decoded by the core. */
export async function fetchIndex(base: string): Promise<DecodedIndex> {
  const manifest = (await (await fetch(`${base}/${manifestPath()}`)).json()) as DataManifest;
  return decodeIndex((await (await fetch(`${base}/${manifest.index}`)).json()) as WireIndex);
}

/** An article's file, found as the app finds it: through its lookup shard. */
export async function fetchArticle(base: string, _index: DecodedIndex, id: string): Promise<PublishedArticle> {
  const manifest = (await (await fetch(`${base}/${manifestPath()}`)).json()) as DataManifest;
  const shard = lookupShardOf(id as ArticleId);
  const lookup = (await (await fetch(`${base}/${lookupPath(shard, manifest.lookup[shard] ?? '')}`)).json()) as ArticleLookup;
  const hash = lookup.files[articleKeyOf(id as ArticleId)] ?? '';
  return (await (await fetch(`${base}/${articlePath(id as ArticleId, hash)}`)).json()) as PublishedArticle;
}

export async function fetchSpeaker(base: string, index: DecodedIndex, id: string): Promise<SpeakerPage> {
  return (await (await fetch(`${base}/${speakerPath(id as SpeakerId, index.speakerFile.get(id as SpeakerId) ?? '')}`)).json()) as SpeakerPage;
}
