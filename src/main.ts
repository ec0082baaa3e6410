import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { startBackend } from './app/backend';

// In mock mode the MSW worker must be listening before the first request of the app.
startBackend()
  .then(() => bootstrapApplication(App, appConfig))
  .catch((err: unknown) => console.error(err));
