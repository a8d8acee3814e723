/**
Outputs recorded from the engine of these machines (client 28.2, daemon 20.10,
API 1.41), trimmed, plus the newer event shape (API >= 1.44: no legacy
`status`/`id`/`from` fields).
*/
export const volumeId = '2f2d2435b8419efd52791b065edeca96c27a6de5d7a6d8f48ef4fd0929454a72';
export const containerId = '2f1793e646e7d4c32d1ab84eda36702a8632d9143c7eaaec4f1e15f6533db700';

/** `docker run --rm --name probe-ctr-x2 --mount type=volume,src=probe-vol-x2,dst=/d -v /anon2 alpine ...` after `docker volume create probe-vol-x2`. */
export const rmRunEvents = `{"Type":"volume","Action":"create","Actor":{"ID":"probe-vol-x2","Attributes":{"driver":"local"}},"scope":"local","time":1795804770,"timeNano":1795804770922127192}
{"Type":"volume","Action":"create","Actor":{"ID":"${volumeId}","Attributes":{"driver":"local"}},"scope":"local","time":1795804770,"timeNano":1795804770950318808}
{"status":"create","id":"${containerId}","from":"alpine:latest","Type":"container","Action":"create","Actor":{"ID":"${containerId}","Attributes":{"dockwise.test":"","image":"alpine:latest","name":"probe-ctr-x2"}},"scope":"local","time":1795804770,"timeNano":1795804770956001322}
{"status":"attach","id":"${containerId}","from":"alpine:latest","Type":"container","Action":"attach","Actor":{"ID":"${containerId}","Attributes":{"dockwise.test":"","image":"alpine:latest","name":"probe-ctr-x2"}},"scope":"local","time":1795804770,"timeNano":1795804770959189956}
{"Type":"volume","Action":"mount","Actor":{"ID":"probe-vol-x2","Attributes":{"container":"${containerId}","destination":"/d","driver":"local","propagation":"","read/write":"true"}},"scope":"local","time":1795804770,"timeNano":1795804770975400122}
{"Type":"volume","Action":"mount","Actor":{"ID":"${volumeId}","Attributes":{"container":"${containerId}","destination":"/anon2","driver":"local","propagation":"","read/write":"true"}},"scope":"local","time":1795804770,"timeNano":1795804770975494194}
{"status":"start","id":"${containerId}","from":"alpine:latest","Type":"container","Action":"start","Actor":{"ID":"${containerId}","Attributes":{"dockwise.test":"","image":"alpine:latest","name":"probe-ctr-x2"}},"scope":"local","time":1795804771,"timeNano":1795804771163761175}
{"status":"die","id":"${containerId}","from":"alpine:latest","Type":"container","Action":"die","Actor":{"ID":"${containerId}","Attributes":{"dockwise.test":"","exitCode":"0","image":"alpine:latest","name":"probe-ctr-x2"}},"scope":"local","time":1795804771,"timeNano":1795804771187049786}
{"Type":"volume","Action":"unmount","Actor":{"ID":"probe-vol-x2","Attributes":{"container":"${containerId}","driver":"local"}},"scope":"local","time":1795804771,"timeNano":1795804771229047153}
{"Type":"volume","Action":"unmount","Actor":{"ID":"${volumeId}","Attributes":{"container":"${containerId}","driver":"local"}},"scope":"local","time":1795804771,"timeNano":1795804771229210094}
{"Type":"volume","Action":"destroy","Actor":{"ID":"${volumeId}","Attributes":{"driver":"local"}},"scope":"local","time":1795804771,"timeNano":1795804771257616200}
{"status":"destroy","id":"${containerId}","from":"alpine:latest","Type":"container","Action":"destroy","Actor":{"ID":"${containerId}","Attributes":{"dockwise.test":"","image":"alpine:latest","name":"probe-ctr-x2"}},"scope":"local","time":1795804771,"timeNano":1795804771257702730}`;

/** The same kind of line as API >= 1.44 engines print it. */
export const newStyleEvent = '{"Type":"container","Action":"exec_start: sh -c true","Actor":{"ID":"abc123","Attributes":{"execID":"e1","image":"alpine:latest","name":"web"}},"scope":"local","time":1795804771,"timeNano":1795804771000000001}';

export const volumeLs = `{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934/_data","Name":"4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934","Scope":"local","Size":"N/A","Status":"N/A"}
{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"dockwise.test=,foo=bar","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/probe-vol-x1/_data","Name":"probe-vol-x1","Scope":"local","Size":"N/A","Status":"N/A"}`;

export const volumeInspect = `{"CreatedAt":"2026-11-27T18:39:20Z","Driver":"local","Labels":{"dockwise.test":"","foo":"bar"},"Mountpoint":"/var/lib/docker/volumes/probe-vol-x1/_data","Name":"probe-vol-x1","Options":null,"Scope":"local"}`;

export const psAll = `{"Command":"\\"sh -c 'echo hi \\u003e /data/a'\\"","CreatedAt":"2026-11-27 18:39:20 +0000 UTC","ID":"f81d34869b3267174409df8130a80158d84a1415788f85ddb68920d765603271","Image":"alpine:latest","Labels":"dockwise.test=","LocalVolumes":"2","Mounts":"4c4bcabfd9d7f3…,probe-vol-x1,/tmp","Names":"probe-ctr-x1","Networks":"bridge","Platform":null,"Ports":"","RunningFor":"Less than a second ago","Size":"0B","State":"created","Status":"Created"}`;

/** Output of `docker inspect --type container --format containerInspectTemplate`. */
export const containerInspect = `{"Id":"f81d34869b3267174409df8130a80158d84a1415788f85ddb68920d765603271","Name":"/probe-ctr-x1","Image":"alpine:latest","Created":"2026-11-27T18:39:20.023486204Z","State":{"Dead":false,"Error":"","ExitCode":0,"FinishedAt":"0001-01-01T00:00:00Z","OOMKilled":false,"Paused":false,"Pid":0,"Restarting":false,"Running":false,"StartedAt":"0001-01-01T00:00:00Z","Status":"created"},"AutoRemove":false,"Tmpfs":{"/run/x":""},"Labels":{"dockwise.test":""},"Mounts":[{"Type":"volume","Name":"probe-vol-x1","Source":"/var/lib/docker/volumes/probe-vol-x1/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"volume","Name":"4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934","Source":"/var/lib/docker/volumes/4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934/_data","Destination":"/anon","Driver":"local","Mode":"","RW":true,"Propagation":""},{"Type":"bind","Source":"/tmp","Destination":"/hosttmp","Mode":"ro","RW":false,"Propagation":"rprivate"}]}`;

export const systemDf = '{"Images":[],"Containers":[],"Volumes":[{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"dockwise.test=,foo=bar","Links":"1","Mountpoint":"/var/lib/docker/volumes/probe-vol-x1/_data","Name":"probe-vol-x1","Scope":"local","Size":"1.5kB","Status":"N/A"},{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"1","Mountpoint":"/x","Name":"4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934","Scope":"local","Size":"0B","Status":"N/A"}],"BuildCache":[]}';

/** `docker diff` of the first tutorial step (no volume, /home/test.txt written) and of a container with mounts. */
export const diffNoVolume = 'C /home\nA /home/test.txt\nC /root\nA /root/.ash_history';
export const diffWithMounts = 'A /data\nA /hosttmp\nA /run\nA /run/x\nA /anon\nC /home\nA /home/my_folder';
/** What `docker diff` printed when it raced the removal of a `--rm` container. */
export const diffTornDown = 'D /etc\nD /tmp\nD /bin\nD /home\nD /sys\nD /dev\nD /proc\nD /root';
