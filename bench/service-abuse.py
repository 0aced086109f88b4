# The decision service under abuse (issue 17, items 9-11): slow senders (one body byte every 3 s)
# against /v1/health, then SIGTERM with 20 explanations in flight. Run from the repository root after
# mvn package: python3 bench/service-abuse.py [SLOW_SENDERS, default 1000] (raise ulimit -n above it)
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import service_process
import urllib.error, socket, time, threading, json, subprocess, signal, sys, urllib.request
PORT=18080
srv=service_process.start(PORT, '64m')
# 1. slow senders
socks=[]
N=int(sys.argv[1]) if len(sys.argv) > 1 else 1000
for i in range(N):
    s=socket.create_connection(('127.0.0.1',PORT)); s.sendall(b'POST /v1/determinations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{'); socks.append(s)
def drip():
    for k in range(4):
        time.sleep(3)
        for s in socks:
            try: s.sendall(b' ')
            except Exception: pass
t=threading.Thread(target=drip); t.start()
lat=[]
for k in range(6):
    t0=time.time()
    try:
        r=urllib.request.urlopen(f'http://127.0.0.1:{PORT}/v1/health',timeout=5); r.read(); lat.append(round(time.time()-t0,3))
    except Exception as e: lat.append('ERR '+str(e)[:40])
    time.sleep(2)
print(f'health under {N} slow senders:', lat)
t.join()
closed=0
for s in socks:
    try:
        s.settimeout(0.5); d=s.recv(200)
        if not d or b'HTTP/1.1' in d: closed+=1
    except Exception: pass
print('slow senders cut off or answered:', closed, 'of', len(socks))
for s in socks: s.close()
# 2. SIGTERM with 20 explain requests in flight
body=open('docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json','rb').read()
res=[]
def ex():
    try:
        req=urllib.request.Request(f'http://127.0.0.1:{PORT}/v1/explain',data=body,headers={'Content-Type':'application/json'})
        r=urllib.request.urlopen(req,timeout=30); res.append(r.status)
    except urllib.error.HTTPError as e: res.append(str(e.code)+' '+e.read().decode()[:120])
    except Exception as e: res.append(str(e)[:60])
ths=[threading.Thread(target=ex) for i in range(20)]
for th in ths: th.start()
time.sleep(0.3)
srv.send_signal(signal.SIGTERM)
for th in ths: th.join()
print('explain results after SIGTERM:', res)
print('exit', srv.wait(timeout=30))
