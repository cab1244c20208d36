import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DashboardStack } from './dashboard-stack.ts';
import { deploySettingsFrom } from './settings.ts';

// No account or region here: the template synthesizes without credentials; `cdk deploy` uses the caller's.
const app = new App();
new DashboardStack(app, deploySettingsFrom((key) => app.node.tryGetContext(key)));
// Any finding without an acknowledgement stops the synthesis.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
