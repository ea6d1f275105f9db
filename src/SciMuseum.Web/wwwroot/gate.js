// The gate's camera: frames from getUserMedia are drawn on a canvas and read by jsQR (served from lib/jsqr);
// each new code is handed to .NET, the same code again only after a pause so one ticket is not sent twice.
let stream = null;
let frame = 0;
let loading = null;

function loadJsQr() {
    if (window.jsQR) return Promise.resolve();
    return loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = "lib/jsqr/jsQR.js";
        script.onload = resolve;
        script.onerror = () => reject(new Error("jsQR did not load"));
        document.head.appendChild(script);
    });
}

export async function startScan(video, dotnet) {
    await loadJsQr();
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    video.srcObject = stream;
    video.setAttribute("playsinline", "");
    await video.play();
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    let last = "";
    let lastAt = 0;
    const tick = async () => {
        if (!stream) return;
        if (video.readyState === video.HAVE_ENOUGH_DATA) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            context.drawImage(video, 0, 0);
            const image = context.getImageData(0, 0, canvas.width, canvas.height);
            const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
            if (code?.data && (code.data !== last || Date.now() - lastAt > 3000)) {
                last = code.data;
                lastAt = Date.now();
                await dotnet.invokeMethodAsync("OnScanned", code.data);
            }
        }
        frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
}

export function stopScan(video) {
    cancelAnimationFrame(frame);
    stream?.getTracks().forEach(t => t.stop());
    stream = null;
    if (video) video.srcObject = null;
}

let audio = null;

// One high tone for "enter", two low ones for everything else: the gate keeper need not look at the screen.
export function beep(admitted) {
    audio ??= new AudioContext();
    const tones = admitted ? [[880, 0]] : [[220, 0], [220, 0.25]];
    for (const [frequency, at] of tones) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.value = 0.2;
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(audio.currentTime + at);
        oscillator.stop(audio.currentTime + at + 0.18);
    }
}
