import * as vscode from 'vscode';
import { t } from './l10n';

/** The task type: `{ "type": "work-report", "files": ["报告/"] }` runs `work-report check` on them with the problem matcher. */
export const TASK_TYPE = 'work-report';

interface CheckTaskDefinition extends vscode.TaskDefinition {
  files?: string[];
}

/**
 * Runs the bundled CLI as a task, its findings read into Problems by the `$work-report` problem matcher: the same
 * text format CI logs show, so a folder of reports can be checked without opening each one.
 */
export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath('dist/cli.js');
  const make = (def: CheckTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task => {
    const files = def.files?.length ? def.files : ['.'];
    const exec = new vscode.ProcessExecution(process.execPath, [cli, 'check', ...files, '--format', 'text'], {
      env: { ELECTRON_RUN_AS_NODE: '1' },
      ...(typeof scope === 'object' ? { cwd: scope.uri.fsPath } : {}),
    });
    const task = new vscode.Task(def, scope, t('Check reports'), TASK_TYPE, exec, ['$work-report']);
    task.group = vscode.TaskGroup.Test;
    return task;
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () =>
        (vscode.workspace.workspaceFolders ?? []).map((f) => make({ type: TASK_TYPE, files: ['.'] }, f)),
      resolveTask: (task) =>
        task.definition.type === TASK_TYPE
          ? make(task.definition as CheckTaskDefinition, task.scope ?? vscode.TaskScope.Workspace)
          : undefined,
    }),
  );
}
