export { default } from '../../../orders/[id]/page'
