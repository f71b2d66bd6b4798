import { mountPage } from '../../components/mountPage';
import { CaptureApp } from '../../components/capture/CaptureApp';
import './capture.css';

mountPage('captureHeading', <CaptureApp />);
