// The header's sharing controls: Share (link) and Embed (iframe snippet) side by side.
import { EmbedButton } from './EmbedButton';
import { ShareButton } from './ShareButton';
import './share.css';

export function ShareTools() {
  return (
    <div class="share-tools">
      <ShareButton />
      <EmbedButton />
    </div>
  );
}
