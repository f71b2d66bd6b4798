import { mountPage } from '../../components/mount-page';
import { CaptureApp } from '../../components/capture/CaptureApp';
import './capture.css';

mountPage('captureHeading', <CaptureApp />);
