// Karma for the unit and component specs, in Debian's headless Chromium.
// Root on a closed network needs the extra flags (see README).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

const fs = require('fs');
const path = require('path');

/** Writes the run's counts for .ci/run, which adds them to the e2e counts. */
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  this.onRunComplete = (_browsers, results) => {
    const dir = path.join(__dirname, 'reports');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'unit-results.json'),
      JSON.stringify({ passed: results.success, failed: results.failed, error: results.error }),
    );
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary': ['type', SummaryReporter] },
    ],
    client: { jasmine: { random: true }, clearContext: true },
    reporters: ['dots', 'summary'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
