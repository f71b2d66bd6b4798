import { mountPage } from '../../components/mountPage';
import { OptionsApp } from './OptionsApp';

mountPage('optionsHeading', <OptionsApp />);
