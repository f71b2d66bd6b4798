import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n';

/** The camera, asked for only when the user opens it; each shot becomes a card photo. */
export function CameraShot({ onShot }: { onShot: (photo: Blob) => void }) {
  const [stream, setStream] = useState<MediaStream>();
  const [error, setError] = useState<string>();
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, [stream]);

  const open = async () => {
    setError(undefined);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: 1920 } }));
    } catch (e) {
      setError(t('captureCameraUnavailable', e instanceof Error ? e.message : String(e)));
    }
  };
  const shoot = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onShot(blob), 'image/jpeg', 0.92);
  };

  if (!stream) {
    return (
      <div>
        <button type="button" onClick={() => void open()} data-testid="capture-camera">
          {t('captureCamera')}
        </button>
        {error && (
          <p className="error small" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="camera">
      <video ref={video} autoPlay playsInline muted />
      <div className="row">
        <button type="button" className="primary" onClick={shoot}>
          {t('captureShoot')}
        </button>
        <button type="button" onClick={() => setStream(undefined)}>
          {t('captureCameraClose')}
        </button>
      </div>
    </div>
  );
}
