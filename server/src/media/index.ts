// The LiveKit side of the server: what the composition root wires in.
export { createDisabledGateway } from './disabledGateway.js';
export { createLivekitGateway, type LivekitGatewayOptions } from './livekitGateway.js';
export type { DesiredMedia, LiveMedia, MediaGateway, TokenRequest } from './mediaGateway.js';
export { startMediaReconciler, type MediaReconcilerOptions } from './mediaReconciler.js';
export { MediaUnavailableError } from './mediaUnavailableError.js';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhookHandler.js';
