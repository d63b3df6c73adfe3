/**
 * Jest stand-in for office-addin-manifest (mapped in jest.config.js). office-addin-mock only reads
 * the OfficeApp enum from it, to recognise `host: 'excel'` etc.; the real package pulls in an
 * ESM-only dependency (and usage-data telemetry) that Jest on Node 20 cannot load.
 * Values copied from office-addin-manifest 3.0.0 lib/officeApp.js.
 */
'use strict';

const OfficeApp = Object.freeze({
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
});

module.exports = { OfficeApp };
