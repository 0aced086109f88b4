# The decision service overloaded (issue 17, item 10): -Xmx32m, 200 clients each sending 10 requests
# (explanations and determinations). Expect only 200 and 503 (with Retry-After), no HTML or class
# names, and health answering afterwards. Run from the repository root after mvn package.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import service_process
import urllib.error, urllib.request, threading, subprocess, time, collections
PORT=18095
srv=service_process.start(PORT, '32m')
bodies=[open('docs/examples/'+f,'rb').read() for f in ['10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json','04-massachusetts-may-not-hold-on-a-civil-detainer.json']]
res=collections.Counter(); bad=[]
def client(k):
    for j in range(10):
        path='/v1/explain' if j%2==0 else '/v1/determinations'
        try:
            req=urllib.request.Request(f'http://127.0.0.1:{PORT}{path}',data=bodies[j%2],headers={'Content-Type':'application/json'})
            r=urllib.request.urlopen(req,timeout=60); body=r.read().decode(); res[r.status]+=1
        except urllib.error.HTTPError as e:
            body=e.read().decode(); res[e.code]+=1
            if '<html' in body.lower() or 'Exception' in body or 'Error:' in body or 'java.' in body: bad.append(body[:150])
        except Exception as e: res[str(e)[:40]]+=1
ths=[threading.Thread(target=client,args=(k,)) for k in range(200)]
t0=time.time()
for t in ths: t.start()
for t in ths: t.join()
print('responses', dict(res), 'in', round(time.time()-t0,1),'s; bad bodies', len(bad), bad[:2])
t0=time.time()
try:
    urllib.request.urlopen(f'http://127.0.0.1:{PORT}/v1/health',timeout=5).read(); print('health after', round(time.time()-t0,3))
except Exception as e: print('health after: ERR', e)
srv.terminate(); srv.wait()
