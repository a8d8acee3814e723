import test from 'ava';
import {appendToHistory} from '../../source/history/history-list.js';
import {isKeptInHistory, redactSecrets} from '../../source/history/redact-secrets.js';
import {createMemoryHistory} from '../../source/history/history-store.js';

test('values of secret-looking -e/--env names are replaced, the rest of the line kept as typed', t => {
	t.is(redactSecrets('run -e PASSWORD=hunter2 -e USER=bob alpine'), 'run -e PASSWORD=*** -e USER=bob alpine');
	t.is(redactSecrets('docker run --env=DB_TOKEN=abc --env "API_KEY=x y" -ePGPASSWORD=p alpine'), 'docker run --env=DB_TOKEN=*** --env API_KEY=*** -ePGPASSWORD=*** alpine');
	t.is(redactSecrets('run -e MYSQL_ROOT_PASSWORD alpine'), 'run -e MYSQL_ROOT_PASSWORD alpine', 'no value on the line: nothing to hide');
	t.is(redactSecrets('build --build-arg NPM_TOKEN=t .'), 'build --build-arg NPM_TOKEN=*** .');
	t.is(redactSecrets('run -v /data:/data -p 80:80 alpine'), 'run -v /data:/data -p 80:80 alpine', '-p of run is a port');
});

test('the password of login -p / --password is replaced', t => {
	t.is(redactSecrets('login -u me -p secret registry.example'), 'login -u me -p *** registry.example');
	t.is(redactSecrets('docker login --password=secret -u me'), 'docker login --password=*** -u me');
	t.is(redactSecrets('login --password "s e c" x'), 'login --password *** x');
	t.is(redactSecrets('login -psecret'), 'login -p***');
	t.is(redactSecrets(redactSecrets('login -p secret')), 'login -p ***', 'twice is once');
});

test('history: a line starting with a space is not kept (ignorespace); secrets are saved redacted', async t => {
	t.false(isKeptInHistory(' login -p secret'));
	t.true(isKeptInHistory('login'));
	const history = createMemoryHistory();
	await history.append(' run -e PASSWORD=x alpine');
	await history.append('run -e PASSWORD=hunter2 alpine');
	await history.append('run -e PASSWORD=other alpine');
	t.deepEqual(history.entries(), ['run -e PASSWORD=*** alpine']);
	t.deepEqual(appendToHistory([], 'login -p s'), ['login -p ***']);
});
