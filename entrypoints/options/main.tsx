import { mountPage } from '../../components/mount-page';
import { OptionsApp } from './OptionsApp';

mountPage('optionsHeading', <OptionsApp />);
