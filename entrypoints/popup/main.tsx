import { mountPage } from '../../components/mount-page';
import { PopupApp } from './PopupApp';

mountPage('popupHeading', <PopupApp />);
