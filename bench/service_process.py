# Starts `lexfed serve` from the CLI jar on a port with a heap limit and waits until /v1/health answers;
# shared by the service's abuse and overload scripts.
import subprocess, time, urllib.request


def start(port, heap):
    srv = subprocess.Popen(['java', '-Xmx' + heap, '-jar', 'target/lexfed-cli.jar', 'serve', '--port', str(port)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            urllib.request.urlopen(f'http://127.0.0.1:{port}/v1/health', timeout=1).read()
            break
        except Exception:
            time.sleep(0.2)
    return srv
